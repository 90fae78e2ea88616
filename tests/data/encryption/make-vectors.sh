#!/bin/sh
# How the vectors of tst_secretcipher were made with the openssl CLI (OpenSSL 3). Re-running
# makes new, different vectors (new key pair, new RSA padding); the test reads these files.
set -e
openssl req -x509 -newkey rsa:2048 -nodes -keyout device-key.pem -out device-cert.pem -days 36500 \
    -subj "/CN=ase-test-device encryption"
CIK=$(cat cik.txt)   # any text: the device's channel integrity key
openssl x509 -in device-cert.pem -outform DER | base64 -w0 > cert.b64
# Rfc2898DeriveBytes: PBKDF2-HMAC-SHA1, 1000 iterations, salt "o6806642kbM7c5", 32 bytes
KEY=$(openssl kdf -keylen 32 -kdfopt digest:SHA1 -kdfopt pass:"$CIK" -kdfopt salt:o6806642kbM7c5 \
    -kdfopt iter:1000 PBKDF2 | tr -d ':\n')
printf '%s' "$KEY" > pbkdf2-key.hex
IV=000102030405060708090a0b0c0d0e0f
openssl enc -aes-256-cbc -K "$KEY" -iv $IV -in cert.b64 -out cert.enc
# encryptionKey = base64([int32 LE IV length][IV][AES-CBC ciphertext])
python3 -c 'import struct,base64;iv=bytes.fromhex("'$IV'");ct=open("cert.enc","rb").read();print(base64.b64encode(struct.pack("<i",len(iv))+iv+ct).decode(),end="")' > encryption-key.b64
rm cert.enc
printf 'S3cret-Pa55!' > secret.txt
openssl x509 -in device-cert.pem -pubkey -noout > pub.pem
openssl pkeyutl -encrypt -pubin -inkey pub.pem -pkeyopt rsa_padding_mode:pkcs1 -in secret.txt | base64 -w0 > secret-rsa.b64
rm pub.pem
openssl x509 -in device-cert.pem -noout -fingerprint -sha1 | sed 's/.*=//; s/://g' | tr -d '\n' > thumbprint.txt
