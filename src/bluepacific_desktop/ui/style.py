"""How the screens mark a problem: the one red of error texts, as a colour and a style sheet."""

from __future__ import annotations

from typing import Final

# Dark enough to read on white (about 7:1), the same red wherever a problem is shown.
ERROR_COLOR: Final = "#b00020"
ERROR_STYLE: Final = f"color: {ERROR_COLOR};"
