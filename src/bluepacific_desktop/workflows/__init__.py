"""What the screens and the command line do, in plain Python over the store and the reports'
figures: the Training lists and saving a session, a month of capability reports, preparing a
report. No Qt here (ruff's banned imports and the import contracts keep it so), so the CLI, the
tests and any later console use the same code as the GUI, which runs it off its own thread."""
