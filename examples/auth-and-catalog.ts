// Log in with the cloud that OS_CLOUD names (clouds.yaml, like the openstack CLI) and print the catalog.
//   OS_CLOUD=mycloud node --conditions=source examples/auth-and-catalog.ts
import { createSession, fromCloudsYaml } from 'stratus';

const session = createSession(await fromCloudsYaml(undefined, { env: process.env }));
try {
  const info = await session.authenticate();
  const scope = info.scope.kind === 'project' ? info.scope.project.name : info.scope.kind;
  console.log(
    `logged in as ${info.user.name} (${scope}), token valid until ${info.expiresAt?.toISOString()}`,
  );
  for (const endpoint of (await session.catalog()).endpoints) {
    if (endpoint.interface === 'public') console.log(`${endpoint.type.padEnd(16)} ${endpoint.url}`);
  }
  console.log(`compute endpoint: ${await session.endpointFor({ type: 'compute' })}`);
} finally {
  await session.close();
}
