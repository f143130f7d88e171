-- Reelbase schema, part 7: the workflows a fresh catalogue starts with.
-- Routing conditions: a list of {"field", "op", "value"}; all must match (see core RoutingCondition).
INSERT INTO workflow_definition (name, description, capabilities, routing_conditions, priority, is_default) VALUES
 ('Default',
  'Every file no other workflow claims: probe, verify the hash, thumbnail, preview, filmstrip and a playable proxy.',
  '["PROBE","HASH_VERIFY","THUMBNAIL","PREVIEW","FILMSTRIP","PROXY"]', '[]', 1000, true),
 ('Stills',
  'Photos and other still images: probe with EXIF, verify the hash, thumbnail and preview.',
  '["PROBE","HASH_VERIFY","THUMBNAIL","PREVIEW"]',
  '[{"field": "asset_type", "op": "equals", "value": "IMAGE"}]', 100, false),
 ('Audio',
  'Sound files: probe, verify the hash, waveform, loudness (EBU R128) and a playable proxy.',
  '["PROBE","HASH_VERIFY","WAVEFORM","LOUDNESS","PROXY"]',
  '[{"field": "asset_type", "op": "equals", "value": "AUDIO"}]', 100, false);
