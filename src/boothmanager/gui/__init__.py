"""The PySide6 desktop face: main window, floor plan, stand list; it changes data only through operations."""
