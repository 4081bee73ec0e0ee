# `make install` (PREFIX=/usr/local by default): see Scripts/install.sh.
PREFIX ?= /usr/local

.PHONY: install
install:
	PREFIX="$(PREFIX)" Scripts/install.sh
