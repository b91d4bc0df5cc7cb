-- Sentence links kept with a segment (#14): JSON {links:[{source,target,score}], source:[[start,end]], target:[[start,end]]},
-- written when an alignment is applied or the segment is confirmed (lib/align/segment-links.ts).
ALTER TABLE "Segment" ADD COLUMN "sentenceLinks" TEXT;
