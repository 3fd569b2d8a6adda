// Packages @gradio/core imports only for features LiteBlocks does not offer (vibe editor, API docs'
// settings dropdown). Replace with the real package when its component is added.
export default function Stub() {}
export const BaseDropdown = Stub;
