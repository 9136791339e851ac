"""Record of the future statements: when each feature arrived and when it
becomes mandatory.

Each feature name is bound to a _Feature instance whose getOptionalRelease()
and getMandatoryRelease() return 5-tuples like sys.version_info, and whose
compiler_flag is the flag compile() takes to enable the feature."""

all_feature_names = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
]

__all__ = ["all_feature_names"] + all_feature_names

# Compiler flags (the CO_* values of Include/code.h).
CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x2000
CO_FUTURE_ABSOLUTE_IMPORT = 0x4000
CO_FUTURE_WITH_STATEMENT = 0x8000


class _Feature:
    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional = optionalRelease
        self.mandatory = mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """First release in which the feature was accepted."""
        return self.optional

    def getMandatoryRelease(self):
        """Release in which the feature becomes the only behaviour, or None."""
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional, self.mandatory,
                                  self.compiler_flag))


nested_scopes = _Feature((2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0),
                         CO_NESTED)
generators = _Feature((2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0),
                      CO_GENERATOR_ALLOWED)
division = _Feature((2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0),
                    CO_FUTURE_DIVISION)
absolute_import = _Feature((2, 5, 0, "alpha", 1), (2, 7, 0, "alpha", 0),
                           CO_FUTURE_ABSOLUTE_IMPORT)
with_statement = _Feature((2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0),
                          CO_FUTURE_WITH_STATEMENT)
