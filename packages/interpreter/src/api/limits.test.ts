import { createVM } from "../index.js";
import { describeLimits } from "./limits.testutil.js";

describeLimits("interpreter", (opts) => createVM(opts));
