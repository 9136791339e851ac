"""MIMEAudio: an audio/* part."""

__all__ = ['MIMEAudio']

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart


def _sniff(data):
    # The MIME subtype of an audio file, from its first bytes.
    head = data[:512]
    if head[:4] == '.snd':
        return 'basic'
    if head[:4] == 'FORM' and head[8:12] in ('AIFF', 'AIFC'):
        return 'x-aiff'
    if head[:4] == 'RIFF' and head[8:12] == 'WAVE':
        return 'x-wav'
    return None


class MIMEAudio(MIMENonMultipart):
    """An audio/<_subtype> part; the subtype is guessed from the data
    (Sun .au, AIFF, WAV) when not given."""

    def __init__(self, _audiodata, _subtype=None,
                 _encoder=encoders.encode_base64, **_params):
        if _subtype is None:
            _subtype = _sniff(_audiodata)
        if _subtype is None:
            raise TypeError('Could not find audio MIME subtype')
        MIMENonMultipart.__init__(self, 'audio', _subtype, **_params)
        self.set_payload(_audiodata)
        _encoder(self)
