/** The Neutron collections that carry tags (the standard-attr tag extension). */
export type TaggableCollection =
  | 'networks'
  | 'subnets'
  | 'ports'
  | 'routers'
  | 'security-groups'
  | 'floatingips';
