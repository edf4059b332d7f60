// The pinned npm packages of tests/conformance (package-lock.json), for the benchmarks' anchors.
import { createRequire } from 'node:module';

export const require = createRequire(new URL('../../tests/conformance/package.json', import.meta.url));
