#!/usr/bin/env node
// The `minuta` executable: runs the TypeScript command line directly, without a build step.
'use strict';
const path = require('node:path');
require('tsx/cjs/api').register();
require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'));
