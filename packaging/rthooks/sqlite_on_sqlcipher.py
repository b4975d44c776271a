"""Bundle runtime hook: the standard library's `sqlite3` runs on SQLCipher's SQLite engine.

sqlcipher3's extension is CPython's own `_sqlite3` module (the same functions, classes and
constants) built with SQLCipher, which is SQLite plus page encryption: a connection given no key
reads and writes plain SQLite files as `sqlite3` does. The bundle therefore carries one SQLite,
not two (the spec leaves out `_sqlite3` and its 1.4 MB libsqlite3.so.0), and this hook makes
`import _sqlite3` (done by `sqlite3.dbapi2`) return sqlcipher3's module, loaded only then.
"""

import importlib
import importlib.abc
import importlib.machinery
import sys


class _SqliteFromSqlcipher(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path=None, target=None):
        if name != "_sqlite3":
            return None
        return importlib.machinery.ModuleSpec(name, self)

    def create_module(self, spec):
        # The very module object sqlcipher3 uses: one engine, one set of exception classes
        # (sqlite3.Error is sqlcipher3.Error), whichever name is imported first.
        return importlib.import_module("sqlcipher3._sqlite3")

    def exec_module(self, module):
        pass  # already initialised by its own import


sys.meta_path.insert(0, _SqliteFromSqlcipher())
