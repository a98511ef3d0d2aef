package dev.eddy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetSchemaTest {
    @ParameterizedTest
    @ValueSource(strings = {"1", "", "days since 2000-01-01", "hours since 1985-3-6 08:00:00",
        "seconds since 1970-01-01T00:00:00Z"})
    void acceptsTimeUnitsThatCfReadersDecode(String units) {
        DatasetSchema s = DatasetSchema.builder().unlimitedTime(units, Map.of()).build();
        assertEquals(units.isEmpty() ? "1" : units, s.timeUnits());
    }

    /** Each of these makes xarray fail ("unable to decode time units") or warn. */
    @ParameterizedTest
    @ValueSource(strings = {"days since 2000-13-45", "fortnights since 2000-01-01", "days since yesterday", "seconds",
        "model time"})
    void rejectsTimeUnitsThatCfReadersCannotDecode(String units) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatasetSchema.builder().unlimitedTime(units, Map.of()));
        assertTrue(e.getMessage().contains("cannot be decoded"), e.getMessage());
    }

    @Test
    void coordinatesDeclareTheirDimensionAndStaticVariablesMustAgree() {
        DatasetSchema s = DatasetSchema.builder()
                .coordinate(LabelledArray.coordinate("x", new double[] {0, 1, 2}, Map.of()))
                .build();
        assertEquals(Map.of("x", 3), s.dimensions());
        assertThrows(IllegalArgumentException.class, () -> DatasetSchema.builder()
                .dimension("x", 4)
                .coordinate(LabelledArray.coordinate("x", new double[] {0, 1, 2}, Map.of())));
    }

    @Test
    void variablesStartWithTimeAndUseDeclaredDimensions() {
        assertThrows(IllegalArgumentException.class, () -> DatasetSchema.builder().unlimitedTime("1", Map.of())
                .variable("u", DataKind.DOUBLE, List.of("y", "time"), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> DatasetSchema.builder().unlimitedTime("1", Map.of())
                .variable("u", DataKind.DOUBLE, List.of("time", "y"), Map.of()).build());
        assertThrows(IllegalArgumentException.class, () -> DatasetSchema.builder()
                .dimension("y", 2).variable("u", DataKind.DOUBLE, List.of("time", "y"), Map.of()).build());
        assertThrows(IllegalArgumentException.class, () -> DatasetSchema.builder().unlimitedTime("1", Map.of())
                .dimension("y", 2)
                .variable("u", DataKind.DOUBLE, List.of("time", "y"), Map.of())
                .variable("u", DataKind.FLOAT, List.of("time", "y"), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> DatasetSchema.builder().dimension("2x", 2));
    }

    @Test
    void frameSizeIsTheProductOfTheNonTimeDimensions() {
        DatasetSchema s = DatasetSchema.builder().unlimitedTime("1", Map.of())
                .dimension("sample", 3).dimension("y", 4).dimension("x", 5)
                .variable("w", DataKind.FLOAT, List.of("time", "sample", "y", "x"), Map.of())
                .build();
        assertEquals(60, s.frameSize(s.variables().getFirst()));
    }

    @Test
    void unorderedAttributeMapsAreSortedSoFilesDoNotDependOnTheJvmRun() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("units", "m");
        ordered.put("axis", "X");
        DatasetSchema s = DatasetSchema.builder().unlimitedTime("1", Map.of())
                .dimension("x", 2)
                .variable("a", DataKind.DOUBLE, List.of("time", "x"), Map.of("units", "m", "long_name", "a",
                        "axis", "X"))
                .variable("b", DataKind.DOUBLE, List.of("time", "x"), ordered)
                .build();
        assertEquals(List.of("axis", "long_name", "units"), List.copyOf(s.variables().get(0).attributes().keySet()));
        assertEquals(List.of("units", "axis"), List.copyOf(s.variables().get(1).attributes().keySet()));
    }
}
