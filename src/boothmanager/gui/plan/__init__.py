"""The floor plan: a QGraphicsScene in millimetres (1 scene unit = 1 mm, north up)."""
