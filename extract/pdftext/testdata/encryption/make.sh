#!/bin/sh
# Rebuild the encryption fixtures: plain.pdf (plain.py) encrypted by qpdf
# (>= 11; apt-get install qpdf) once per revision and cipher of the
# standard security handler. The owner password is "proprietaire"; the
# files named *_user need the user password "utilisateur", the others open
# with the empty one.
set -eu
cd "$(dirname "$0")"
python3 plain.py
# enc OUT USER BITS [encryption options] -- [other qpdf options]
enc() { out=$1; user=$2; bits=$3; shift 3
	qpdf --allow-weak-crypto --static-id --static-aes-iv --encrypt "$user" proprietaire "$bits" "$@" plain.pdf "$out"; }
enc r2_rc4_40.pdf "" 40 --
enc r3_rc4_128.pdf "" 128 --use-aes=n --
enc r4_rc4_128.pdf "" 128 --use-aes=n --force-V4 --
enc r4_aes128.pdf "" 128 --use-aes=y --
enc r4_aes128_clear_metadata.pdf "" 128 --use-aes=y --cleartext-metadata --
enc r5_aes256.pdf "" 256 --force-R5 --
enc r6_aes256.pdf "" 256 --
enc r6_aes256_objstm.pdf "" 256 -- --object-streams=generate
enc r6_aes256_clear_metadata.pdf "" 256 --cleartext-metadata --
enc r3_rc4_128_user.pdf utilisateur 128 --use-aes=n --
enc r6_aes256_user.pdf utilisateur 256 --
