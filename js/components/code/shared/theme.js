// The editor's look from Gradio's theme variables (so it follows the app's theme and its light/dark
// mode), sized as Gradio 6.31's Code draws it: 12px mono text at line-height 1.4, a gutter on the
// block's background with a border on its right. Tokens get classes ("tok-keyword", "tok-string",
// ...; `highlighter` below) whose colours are CSS variables set in Code.svelte, light and `.dark`,
// matched by eye and computed style to Gradio 6.31's (function names take the keyword colour,
// `in`/`and` and separators the operator colour, parentheses none).
import { EditorView } from "@codemirror/view";
import { tagHighlighter, tags as t } from "@lezer/highlight";

export const highlighter = tagHighlighter([
	{ tag: [t.keyword, t.null, t.self, t.atom], class: "tok-keyword" },
	{ tag: [t.function(t.variableName), t.function(t.definition(t.variableName)), t.function(t.propertyName)],
		class: "tok-keyword tok-function" },
	{ tag: [t.className, t.typeName, t.namespace, t.macroName, t.definition(t.className)], class: "tok-typeName" },
	{ tag: [t.variableName, t.definition(t.variableName), t.labelName], class: "tok-variableName" },
	{ tag: [t.string, t.special(t.string), t.regexp, t.escape, t.propertyName, t.inserted, t.attributeValue],
		class: "tok-string" },
	{ tag: [t.operator, t.operatorKeyword, t.separator, t.derefOperator], class: "tok-operator" },
	{ tag: t.number, class: "tok-number" },
	{ tag: t.bool, class: "tok-bool" },
	{ tag: t.squareBracket, class: "tok-squareBracket" },
	{ tag: [t.brace, t.angleBracket], class: "tok-brace" },
	{ tag: [t.tagName, t.attributeName], class: "tok-keyword" },
	{ tag: t.comment, class: "tok-comment" },
	{ tag: [t.meta, t.processingInstruction], class: "tok-meta" },
	{ tag: t.heading, class: "tok-heading" },
	{ tag: t.strong, class: "tok-strong" },
	{ tag: t.emphasis, class: "tok-emphasis" },
	{ tag: [t.link, t.url], class: "tok-link" },
	{ tag: [t.invalid, t.deleted], class: "tok-invalid" },
]);

export const gradio_theme = EditorView.theme({
	"&": {
		fontSize: "var(--text-sm)",
		backgroundColor: "transparent",
		color: "var(--body-text-color)",
		height: "100%",
	},
	"&.cm-focused": { outline: "none" },
	".cm-scroller": { fontFamily: "var(--font-mono)", lineHeight: "1.4" },
	".cm-content": { fontFamily: "var(--font-mono)", caretColor: "var(--body-text-color)", padding: "5px 0" },
	".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--body-text-color)" },
	".cm-gutters": {
		backgroundColor: "var(--block-background-fill)",
		color: "var(--body-text-color-subdued)",
		borderRight: "1px solid var(--border-color-primary)",
	},
	".cm-lineNumbers .cm-gutterElement": { padding: "0 3px 0 5px", minWidth: "20px" },
	".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "transparent" },
	"&.cm-focused .cm-activeLine": { backgroundColor: "var(--lb-code-active-line)" },
	"&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection":
		{ backgroundColor: "var(--lb-code-selection)" },
	".cm-matchingBracket, .cm-nonmatchingBracket": { backgroundColor: "transparent", outline: "none" },
	"&.cm-focused .cm-matchingBracket": { backgroundColor: "var(--lb-code-selection)" },
	".cm-foldPlaceholder": {
		backgroundColor: "var(--block-background-fill)",
		border: "1px solid var(--border-color-primary)",
		color: "var(--body-text-color-subdued)",
	},
	".cm-tooltip": {
		backgroundColor: "var(--background-fill-primary)",
		border: "1px solid var(--border-color-primary)",
		color: "var(--body-text-color)",
	},
});
