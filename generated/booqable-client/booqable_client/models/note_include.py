"""A relationship path that `include` accepts on `listNotes`, `createNote`, `getNote`, `deleteNote`."""

from typing import Literal

NoteInclude = Literal["employee", "owner"]
