# needs: shared
# BACI's own country file maps i and j (three layouts are accepted)
for f in V202201 V202301 V202501; do trade-load --countries ../shared/data/baci/country_codes_$f.csv ../shared/data/baci/baci_85_only.csv | cut -d, -f3 | sort | md5sum; done | uniq -c | sed "s/  */ /g"
