/** What `pyvm --version` prints: the implementation and the Python language version it follows. */
export const PYVM_VERSION = "0.1.0";
export const PYTHON_VERSION = "3.11.7";
export const VERSION_TEXT = `pyvm ${PYVM_VERSION} (Python ${PYTHON_VERSION})`;
