-- Reelbase schema, part 9: indexes for the library's other orders (keyset-paged like the newest-first list)
-- and for tag suggestions by prefix.
CREATE INDEX asset_title_order_idx ON asset (lower(title), id);
CREATE INDEX asset_size_order_idx ON asset (coalesce(file_size, -1) DESC, id DESC);
CREATE INDEX asset_duration_order_idx ON asset (coalesce(duration_ms, -1) DESC, id DESC);
CREATE INDEX graph_node_keyword_prefix_idx ON graph_node (lower(name) text_pattern_ops) WHERE node_type = 'KEYWORD';
