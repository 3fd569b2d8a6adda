// gr.Code's languages (gr.Code.languages in Gradio 6.31) -> a loader of CodeMirror 6 language
// support. Each pack is a dynamic import, so the Code chunk holds only the editor and a pack is
// fetched the first time a component shows that language. Languages without a Lezer grammar use
// CodeMirror's ports of the CodeMirror 5 modes (@codemirror/legacy-modes) through StreamLanguage.

const legacy = (load, name) => async () => {
	const [{ StreamLanguage }, mode] = await Promise.all([import("@codemirror/language"), load()]);
	// a name (the editor's data-language) where the mode has none, as simpleMode's dockerFile
	return StreamLanguage.define({ ...mode[name], name: mode[name].name ?? name });
};
const sql = (dialect) => async () => {
	const m = await import("@codemirror/lang-sql");
	return m.sql({ dialect: m[dialect] });
};
const legacy_sql = (name) => legacy(() => import("@codemirror/legacy-modes/mode/sql"), name);
const cpp = async () => (await import("@codemirror/lang-cpp")).cpp();

export const LOADERS = {
	python: async () => (await import("@codemirror/lang-python")).python(),
	c: cpp,
	cpp,
	markdown: async () => (await import("@codemirror/lang-markdown")).markdown(),
	latex: legacy(() => import("@codemirror/legacy-modes/mode/stex"), "stex"),
	json: async () => (await import("@codemirror/lang-json")).json(),
	html: async () => (await import("@codemirror/lang-html")).html(),
	css: async () => (await import("@codemirror/lang-css")).css(),
	javascript: async () => (await import("@codemirror/lang-javascript")).javascript(),
	typescript: async () => (await import("@codemirror/lang-javascript")).javascript({ typescript: true }),
	jinja2: legacy(() => import("@codemirror/legacy-modes/mode/jinja2"), "jinja2"),
	yaml: async () => (await import("@codemirror/lang-yaml")).yaml(),
	dockerfile: legacy(() => import("@codemirror/legacy-modes/mode/dockerfile"), "dockerFile"),
	shell: legacy(() => import("@codemirror/legacy-modes/mode/shell"), "shell"),
	r: legacy(() => import("@codemirror/legacy-modes/mode/r"), "r"),
	sql: sql("StandardSQL"),
	"sql-msSQL": sql("MSSQL"),
	"sql-mySQL": sql("MySQL"),
	"sql-mariaDB": sql("MariaSQL"),
	"sql-sqlite": sql("SQLite"),
	"sql-cassandra": sql("Cassandra"),
	"sql-plSQL": sql("PLSQL"),
	"sql-hive": legacy_sql("hive"),
	"sql-pgSQL": sql("PostgreSQL"),
	"sql-gql": legacy_sql("gql"),
	"sql-gpSQL": legacy_sql("gpSQL"),
	"sql-sparkSQL": legacy_sql("sparkSQL"),
	"sql-esper": legacy_sql("esper"),
};

const cache = new Map();

/** The language support for `name` (a promise; null for no language or one we do not know). */
export function load_language(name) {
	const loader = name ? LOADERS[name] : null;
	if (!loader) return Promise.resolve(null);
	if (!cache.has(name)) cache.set(name, loader().catch((e) => (cache.delete(name), Promise.reject(e))));
	return cache.get(name);
}

// the download button's file name by language, as Gradio 6.31 names it ("file.py"; SQL, Jinja2 and
// no language: "file.txt")
const EXT = {
	python: "py", c: "c", cpp: "cpp", markdown: "md", latex: "tex", json: "json", html: "html", css: "css",
	javascript: "js", typescript: "ts", yaml: "yaml", dockerfile: "dockerfile", shell: "sh",
	r: "r",
};

export function file_name(language) {
	return `file.${EXT[language] ?? "txt"}`;
}
