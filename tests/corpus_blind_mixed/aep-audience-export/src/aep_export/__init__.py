"""AEP audience export."""
__version__ = "0.9.3"
