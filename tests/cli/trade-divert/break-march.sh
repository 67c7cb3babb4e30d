# A break in March 2022 compares March-November of each year (the data
# end in November 2022): the same months on both sides.
trade-divert --origin EU27 --target RUS --hubs ARM --break 2022-03 \
    tests/data/divert/eu-8542-cn8.csv | cut -d, -f1-5,8-13
