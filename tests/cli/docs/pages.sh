# needs: shared
# make docs: every command of the worked analyses in docs/ gives the output
# its page shows.
RECORD= DOCS_SCRATCH=1 sh scripts/docs.sh
