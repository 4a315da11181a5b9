"""banli: handling summaries of NPC suggestions and CPPCC proposals, as open data."""

__version__ = "0.1.0"
