"""Build, serve, export and test tooling behind build.py (standard library only)."""
