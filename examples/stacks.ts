// Create a Heat stack from a template, read its outputs, and delete it, waiting for DELETE_COMPLETE (Heat's
// 204 only means the delete started; a DELETE_FAILED ends in a StackFailedError with Heat's reason).
//   OS_CLOUD=mycloud node --conditions=source examples/stacks.ts
import { createSession, fromCloudsYaml } from 'stratus';
import { OpenStackNodeDriver } from 'stratus/openstack';
import { StackFailedError } from 'stratus/openstack/orchestration';

const template = `heat_template_version: 2018-08-31
parameters:
  length: {type: number, default: 8}
resources:
  word:
    type: OS::Heat::RandomString
    properties: {length: {get_param: length}}
outputs:
  word: {value: {get_attr: [word, value]}}
`;

const driver = new OpenStackNodeDriver({
  session: createSession(await fromCloudsYaml(undefined, { env: process.env })),
});
const heat = driver.ext.orchestration;
try {
  const ref = await heat.createStack({
    name: `stratus-example-${process.pid}`,
    template,
    parameters: { length: 20 },
  });
  try {
    const stack = await heat.waitForStack(ref, 'CREATE');
    for (const output of stack?.outputs ?? [])
      console.log(`output ${output.key}: ${JSON.stringify(output.value)}`);
    for (const resource of await heat.listStackResources(ref))
      console.log(`resource ${resource.name}: ${resource.status}`);
  } finally {
    await heat.deleteStackAndWait(ref);
    console.log(`stack ${ref.name} deleted`);
  }
} catch (error) {
  if (error instanceof StackFailedError) console.error(`Heat says: ${error.state}: ${error.statusReason}`);
  throw error;
} finally {
  await driver.close();
}
