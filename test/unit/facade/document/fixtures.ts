export const PUBLIC_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeFakeFakeFakeFakeFakeFakeFakeFakeFakeFake test';

export const SAMPLE = `
deployment: demo
reconcile: true
concurrency: 2
parameters:
  image: {default: cirros}
  flavor: {type: string, default: m1.tiny}
resources:
  key: {kind: keyPair, properties: {publicKey: "${PUBLIC_KEY}"}}
  sg:
    kind: securityGroup
    properties:
      rules:
        - {direction: ingress, protocol: tcp, portMin: 22, remoteIpPrefix: 0.0.0.0/0}
  net: {kind: network}
  subnet: {kind: subnet, properties: {network: {ref: net}, cidr: 10.20.0.0/24}}
  router: {kind: router, properties: {externalNetwork: public, interfaces: [{ref: subnet}]}}
  web1:
    kind: server
    properties:
      image: {param: image}
      flavor: {param: flavor}
      keyPair: {ref: key}
      networks: [{ref: net}]
      securityGroups: [{ref: sg}]
    dependsOn: [subnet]
  web2:
    kind: server
    properties: {image: {param: image}, flavor: {param: flavor}, networks: [{ref: net}]}
    dependsOn: [subnet]
  data: {kind: volume, properties: {sizeGb: 1, attachTo: {ref: web1}}}
  fip: {kind: floatingIp, properties: {network: public, server: {ref: web1}}, dependsOn: [router]}
  public: {kind: network, managed: false, name: public}
outputs:
  web1_ip: {value: {ref: web1, attribute: privateIp}}
  fip_address: {value: {ref: fip, attribute: address}, description: the public address}
  net_id: {value: {ref: net}}
  note: {value: hello}
`;
