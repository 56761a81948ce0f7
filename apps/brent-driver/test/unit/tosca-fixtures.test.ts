/**
 * Every TOSCA template of the VIM driver's test fixtures, with the original's verdict: the discovery rules
 * (SPEC §4.6) for the discover_* and structural files, and Create's TOSCA → HOT for the compute templates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DriverApiError } from '../../src/http/api-error.ts';
import { planDiscovery } from '../../src/lifecycle/tosca/discovery-plan.ts';
import { toscaToHot } from '../../src/lifecycle/tosca/to-hot.ts';
import { FIXTURES } from '../helpers/packages.ts';

const dir = join(FIXTURES, 'tosca_templates');
const load = (name: string) => parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;

/** Discovery verdicts of the original's tests: true = accepted, else the reason it is rejected. */
const DISCOVERY: Record<string, true | RegExp> = {
  'discover_network.yaml': true,
  'discover_network_full_attributes_support.yaml': true,
  'discover_network_with_fixed_output.yaml': true,
  'discover_network_with_id.yaml': true,
  'discover_network_with_inputs.yaml': true,
  'discover_network_with_inputs_and_outputs.yaml': true,
  'discover_network_with_outputs.yaml': true,
  'discover_network_with_concat_output.yaml': /only be a literal or get_attribute \(found concat\)/,
  'discover_network_with_get_input_output.yaml': /found get_input/,
  'discover_network_with_get_operation_output.yaml': /found get_operation_output/,
  'discover_network_with_get_property_output.yaml': /found get_property/,
  'discover_network_with_token_output.yaml': /found token/,
  'discover_network_with_multiple_properties.yaml': /exactly one property/,
  'discover_network_with_output_to_other_node.yaml': /reads node 'another_node'/,
  'discover_network_with_unsupported_property.yaml': /property 'ip_version' is not supported/,
  'discover_network_with_unsupported_property_function.yaml': /only be a literal or get_input/,
  'helloworld.yaml': /exactly one node template, found 3/,
  'missing_input.yaml': /get_input 'network_name' names no declared input/,
  'missing_nodetemplates.yaml': /no node_templates/,
  'multiple_nodetemplates.yaml': /exactly one node template, found 2/,
  'not_a_network.yaml': /tosca.nodes.Custom', which is not supported/,
};

function verdict(run: () => unknown): true | string {
  try {
    run();
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(DriverApiError);
    expect((error as DriverApiError).status).toBe(400);
    return (error as Error).message;
  }
}

describe('discovery templates of the original test fixtures', () => {
  it('covers every fixture file', () => {
    const files = readdirSync(dir).sort();
    expect(Object.keys(DISCOVERY).sort()).toEqual(files);
  });

  for (const [file, expected] of Object.entries(DISCOVERY)) {
    it(`${file}: ${expected === true ? 'accepted' : 'rejected'}`, () => {
      const result = verdict(() => planDiscovery(load(file)));
      if (expected === true) expect(result).toBe(true);
      else expect(result).toMatch(expected);
    });
  }

  it('reads a name from get_input and maps every supported attribute', () => {
    const plan = planDiscovery(load('discover_network_full_attributes_support.yaml'));
    expect(plan.by).toBe('network_name');
    expect(plan.value).toEqual({ literal: 'TestNetwork' });
    expect(Object.keys(plan.outputs)).toHaveLength(11);
  });
});

describe('Create templates (TOSCA → HOT)', () => {
  it('helloworld.yaml: a derived Compute type, a flavor from the host capability, a port on a named network', () => {
    const hot = toscaToHot(load('helloworld.yaml'));
    expect(hot.parameters).toEqual({
      key_name: { type: 'string', default: 'helloworld' },
      image: { type: 'string', default: 'xenial-server-cloudimg-amd64-disk1' },
    });
    expect(hot.resources).toEqual({
      hello_world_server: {
        type: 'OS::Nova::Server',
        properties: {
          image: { get_param: 'image' },
          key_name: { get_param: 'key_name' },
          flavor: 'm1.medium',
          networks: [{ port: { get_resource: 'hello_world_server_port' } }],
          user_data_format: 'RAW',
        },
      },
      hello_world_server_port: { type: 'OS::Neutron::Port', properties: { network: 'private' } },
    });
    expect(hot.outputs).toEqual({
      hello_world_private_ip: {
        value: { get_attr: ['hello_world_server_port', 'fixed_ips', 0, 'ip_address'] },
        description: 'The private IP address of the hello_world_server',
      },
    });
  });

  it('missing_input.yaml is rejected for Create too', () => {
    expect(verdict(() => toscaToHot(load('missing_input.yaml')))).toMatch(/names no declared input/);
  });

  it('not_a_network.yaml names the unsupported type', () => {
    expect(verdict(() => toscaToHot(load('not_a_network.yaml')))).toMatch(/'tosca.nodes.Custom'/);
  });

  it('a network to create (not an existing one) names the unsupported property', () => {
    const doc = load('discover_network_with_multiple_properties.yaml');
    expect(verdict(() => toscaToHot(doc))).toMatch(/property 'ip_version' is not supported/);
  });

  it('BlockStorage with a local_storage attachment becomes a volume and a VolumeAttachment', () => {
    const hot = toscaToHot({
      tosca_definitions_version: 'tosca_simple_yaml_1_0',
      topology_template: {
        node_templates: {
          vm: {
            type: 'tosca.nodes.Compute',
            properties: { image: 'img', flavor: 'm1.nano' },
            requirements: [
              {
                local_storage: {
                  node: 'disk',
                  relationship: {
                    type: 'tosca.relationships.AttachesTo',
                    properties: { location: '/dev/vdb' },
                  },
                },
              },
            ],
          },
          disk: { type: 'tosca.nodes.BlockStorage', properties: { size: '2 GB' } },
        },
        outputs: { volume: { value: { get_attribute: ['disk', 'volume_id'] } } },
      },
    });
    expect(hot.resources).toMatchObject({
      disk: { type: 'OS::Cinder::Volume', properties: { size: 2 } },
      vm_disk_attachment: {
        type: 'OS::Cinder::VolumeAttachment',
        properties: {
          instance_uuid: { get_resource: 'vm' },
          volume_id: { get_resource: 'disk' },
          mountpoint: '/dev/vdb',
        },
      },
    });
    expect(hot.outputs).toEqual({ volume: { value: { get_resource: 'disk' } } });
  });

  it('an interface on a node is refused by name', () => {
    const doc = {
      tosca_definitions_version: 'tosca_simple_yaml_1_0',
      topology_template: {
        node_templates: { vm: { type: 'tosca.nodes.Compute', interfaces: { Standard: {} } } },
      },
    };
    expect(verdict(() => toscaToHot(doc))).toMatch(/'interfaces' is not supported/);
  });
});
