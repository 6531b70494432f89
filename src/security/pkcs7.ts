import forge from 'node-forge';
import type { KeyAndCertificate } from './certificates';

/**
 * A detached PKCS#7 (CMS SignedData) signature of a batch file, as the social-security file
 * transfer expects in an FS file: DER, base64 in lines of 64 characters, no PEM armour, the
 * signer's certificate included; SHA-256 with the signing time as an authenticated attribute.
 * `openssl smime -verify -inform DER -binary -content <FO file>` checks it.
 */
export function detachedSignature(content: string, signer: KeyAndCertificate, signingTime: Date): string {
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(forge.util.encodeUtf8(content));
  const certificate = forge.pki.certificateFromPem(signer.certPem);
  p7.addCertificate(certificate);
  p7.addSigner({
    key: forge.pki.privateKeyFromPem(signer.keyPem),
    certificate,
    digestAlgorithm: forge.pki.oids.sha256,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
      { type: forge.pki.oids.messageDigest },
      { type: forge.pki.oids.signingTime, value: signingTime as unknown as string },
    ],
  });
  p7.sign({ detached: true });
  const der = forge.asn1.toDer(p7.toAsn1()).getBytes();
  return forge.util.encode64(der, 64);
}
