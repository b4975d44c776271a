"""The sync wire format shared by the desktop app and the hub."""
