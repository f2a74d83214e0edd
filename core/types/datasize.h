#pragma once

#include <QLocale>
#include <QString>

namespace Packhouse {

// A size as people read it (issue #18): SI units, as registries and `docker images` show them ("412 MB",
// "1.1 GB"), in the locale's numbers and unit names; one decimal below 100 of a unit, none above.
inline QString dataSizeText(qint64 bytes)
{
    double inUnit = double(bytes < 0 ? -bytes : bytes);
    int power = 0;
    while (inUnit >= 1000.0 && power < 6) {
        inUnit /= 1000.0;
        ++power;
    }
    const int precision = power == 0 || inUnit >= 99.95 ? 0 : 1;
    return QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeSIFormat);
}

} // namespace Packhouse
