"""Domain core of the trame_verte task: réservoirs from habitat patches, corridors between them (straight
or least-cost), conflict points with barriers, implementation status. QGIS geometry in, plain data out;
no GUI, no Processing."""
