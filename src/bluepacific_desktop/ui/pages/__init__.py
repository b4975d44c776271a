"""The screens of the main window, one module (or package) per screen."""
