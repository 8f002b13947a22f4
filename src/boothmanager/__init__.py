"""boothmanager: plan the marketplace of a conference, from floor plan to printed sign."""

__version__ = "0.1.0"
