__all__ = ["exported", "also"]
exported = "in __all__"
also = 2
not_listed = "excluded by __all__"
