/**
 * <gradio-requirements> in the worker: wheels the site ships (listed in our
 * Pyodide lock file) load directly; anything else goes through micropip,
 * which looks in the lock file before asking PyPI.
 */

/** Installs `requirements`; returns a load error naming what failed, or null. */
export async function installRequirements(pyodide, requirements) {
  try {
    // Fast path: a plain name (or name==version) the lock file ships needs no micropip.
    const shipped = pyodide.lockfile?.packages || {};
    const inLock = (req) => {
      const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:==\s*([^\s;,]+))?$/.exec(req.trim());
      const entry = m && shipped[m[1].toLowerCase().replace(/[-_.]+/g, "-")];
      return entry && (!m[2] || m[2] === entry.version) ? entry.name : null;
    };
    const local = requirements.map(inLock).filter(Boolean);
    const rest = requirements.filter((r) => !inLock(r));
    const errors = [];
    if (local.length) await pyodide.loadPackage(local, { messageCallback: () => {}, errorCallback: (e) => errors.push(e) });
    if (errors.length) throw new Error(errors.join("\n"));
    if (!rest.length) return null;
    await pyodide.loadPackage("micropip", { messageCallback: () => {} });
    await pyodide.pyimport("micropip").install(rest);
    return null;
  } catch (err) {
    const lines = String(err?.message ?? err).trim().split("\n");
    const reason = lines[lines.length - 1].replace(/^\w+(Error|Exception): /, "");
    return { ok: false, error: { type: "RequirementError",
      message: `Could not install the requirements (${requirements.join(", ")}): ${reason}` } };
  }
}
