// Packages @gradio/core imports only for features LiteBlocks does not offer (the vibe editor).
// Replace with the real package when its component is added.
export default function Stub() {}
