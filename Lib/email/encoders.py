"""Functions that encode a message's payload in place and set its
Content-Transfer-Encoding header."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop',
           'encode_quopri']

import base64
from quopri import encodestring as _qp_encodestring


def _bencode(s):
    if not s:
        return s
    out = base64.encodestring(s)
    if not s.endswith('\n') and out.endswith('\n'):
        out = out[:-1]
    return out


def _qencode(s):
    # quopri leaves spaces alone; email wants them quoted too
    return _qp_encodestring(s, quotetabs=True).replace(' ', '=20')


def encode_base64(msg):
    """Base64-encode the payload of msg."""
    msg.set_payload(_bencode(msg.get_payload()))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    """Quoted-printable encode the payload of msg."""
    msg.set_payload(_qencode(msg.get_payload()))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    """Set Content-Transfer-Encoding to 7bit or 8bit as the payload needs."""
    payload = msg.get_payload()
    if payload is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        payload.encode('ascii')
    except UnicodeError:
        cset = msg.get_charset()
        out = cset and cset.output_charset
        if out and out.lower().startswith('iso-2022-'):
            msg['Content-Transfer-Encoding'] = '7bit'
        else:
            msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def encode_noop(msg):
    """Leave msg alone."""
