"""Patrimoine: the heritage grid of the cités (notes, ranks, classes, stability), their crossing with the
base Sandt, the mining hazards and the UNESCO perimeters, and one sheet per cité."""
