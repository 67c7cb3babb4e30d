sh tests/man-synopsis.sh
