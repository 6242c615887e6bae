print("  init shapes package")
from .flat import Square, area_of
from . import flat as flat_module
VERSION = "1.0"
__all__ = ["Square", "area_of", "VERSION"]
