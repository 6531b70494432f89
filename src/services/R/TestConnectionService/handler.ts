import type { Ctx } from './context';
import { child, text, XmlElement } from '../../../xml/node';
import type { XmlObject } from '../../../xml/build';
import { informationCBSS } from '../../../soap/newstyle';

/** The emulator serves plain HTTP on loopback; it names itself where KSZ names its TLS certificate. */
export const EMULATOR_CERTIFICATE_DN = 'CN=ksz-emulator,O=KSZ-BCSS emulator,C=BE';

/** Echoes the text back, as KSZ does; clients compare it with what they sent. */
export function sendTestMessage(request: XmlElement, ctx: Ctx): XmlObject {
  return {
    informationCBSS: informationCBSS(ctx),
    echo: text(child(request, 'echo')),
    sslCertificate: EMULATOR_CERTIFICATE_DN,
  };
}
