"""Domain rules of Blue Pacific Desktop: kinds, enums and validation, with no Qt and no I/O."""
