package dev.eddy.cli.hippo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eddy.cli.CliRunner;
import dev.eddy.hippo.Discretization;
import dev.eddy.hippo.HippoOperator;
import dev.eddy.hippo.Measure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HippoCommandTest {
    @TempDir
    Path dir;

    private static void assertOneLineError(CliRunner r, String fragment) {
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("eddy: "), r.err());
        assertTrue(r.err().contains(fragment), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    /** The top-level keys of a one-line JSON object (depth-1 keys only). */
    private static List<String> topLevelKeys(String json) {
        List<String> keys = new ArrayList<>();
        int depth = 0;
        Matcher m = Pattern.compile("\"([^\"]+)\":").matcher(json);
        int pos = 0;
        while (m.find()) {
            for (int i = pos; i < m.start(); i++) {
                char c = json.charAt(i);
                if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
            }
            pos = m.start();
            if (depth == 1) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    private static double[] numbersAfter(String json, String key) {
        int start = json.indexOf("\"" + key + "\": [") + key.length() + 5;
        int end = json.indexOf(']', start);
        String[] parts = json.substring(start, end).replace("[", "").split(",");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Double.parseDouble(parts[i].strip());
        }
        return v;
    }

    @Test
    void helpListsTheFourCommands() {
        CliRunner r = CliRunner.run("hippo", "--help");
        assertEquals(0, r.exitCode());
        for (String c : new String[] {"transition", "s4d-kernel", "project", "ptd"}) {
            assertTrue(r.out().contains(c), r.out());
        }
        assertEquals(0, CliRunner.run("hippo", "project", "--help").exitCode());
    }

    @Test
    void transitionJsonHasExactlyTheListedKeysAndTheLibraryValues() {
        CliRunner r = CliRunner.run("hippo", "transition", "--measure", "legt", "--order", "4", "--theta", "0.5",
                "--discretization", "bilinear", "--dt", "0.1", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("A", "B", "Ad", "Bd"), topLevelKeys(r.out()));
        double[] bd = numbersAfter(r.out(), "Bd");
        double[] expected = Discretization.BILINEAR.apply(HippoOperator.of(Measure.LEGT, 4, 0.5), 0.1).bd();
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], bd[i], 0.0);
        }
        CliRunner plain = CliRunner.run("hippo", "transition", "--measure", "lagt-httyh", "--order", "3", "--json");
        assertEquals(List.of("A", "B"), topLevelKeys(plain.out()));
        assertTrue(plain.out().startsWith("{\"A\": [[-0.5, 0.0, 0.0], [-1.0, -0.5, 0.0]"), plain.out());
    }

    @Test
    void transitionPlainTextPrintsMatrices() {
        CliRunner r = CliRunner.run("hippo", "transition", "--measure", "legs", "--order", "3");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("A (3x3):"), r.out());
        assertFalse(r.out().contains("{"), r.out());
    }

    @Test
    void s4dKernelJson() {
        CliRunner r = CliRunner.run("hippo", "s4d-kernel", "--init", "lin", "--state-size", "8", "--length", "5",
                "--dt", "0.1", "--discretization", "zoh", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("kernel", "eigenvalues"), topLevelKeys(r.out()));
        double[] k = numbersAfter(r.out(), "kernel");
        assertEquals(5, k.length);
        // K_0 = 2 Re Σ (e^{ΔA_n} - 1)/A_n with A_n = -1/2 + iπn
        double expected = 0;
        for (int n = 0; n < 4; n++) {
            org.apache.commons.math3.complex.Complex a = new org.apache.commons.math3.complex.Complex(-0.5, Math.PI * n);
            expected += 2 * a.multiply(0.1).exp().subtract(1).divide(a).getReal();
        }
        assertEquals(expected, k[0], 1e-14);
    }

    @Test
    void projectCsvReconstructsLegtAligned() throws IOException {
        Path csv = dir.resolve("signal.csv");
        StringBuilder sb = new StringBuilder("t,f\n");
        for (int k = 0; k < 1000; k++) {
            double t = k / 999.0;
            sb.append(t).append(',').append(Math.sin(2 * Math.PI * t) + 0.5 * Math.cos(6 * Math.PI * t)).append('\n');
        }
        Files.writeString(csv, sb);
        CliRunner r = CliRunner.run("hippo", "project", "--measure", "legt", "--order", "32", "--theta", "0.25",
                "--discretization", "bilinear", "--input", csv.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("coefficients", "reconstruction", "max_error"), topLevelKeys(r.out()));
        double maxError = Double.parseDouble(r.out().replaceAll(".*\"max_error\": ([^}]+)}.*", "$1").strip());
        assertTrue(maxError < 1e-4, "max_error " + maxError);
        CliRunner legs = CliRunner.run("hippo", "project", "--measure", "legs", "--order", "32",
                "--discretization", "bilinear", "--input", csv.toString());
        assertEquals(0, legs.exitCode(), legs.err());
        assertTrue(legs.out().contains("max |reconstruction - input| = 5."), legs.out().lines().findFirst().orElse(""));
    }

    @Test
    void projectNetcdfInput() {
        Path nc = dir.resolve("signal.nc");
        double[] f = new double[200];
        for (int k = 0; k < f.length; k++) {
            f[k] = Math.cos(3 * k / 199.0);
        }
        try (dev.eddy.data.FrameWriter w = dev.eddy.data.FrameWriter.create(nc,
                dev.eddy.data.DatasetSchema.builder()
                        .unlimitedTime("1", java.util.Map.of())
                        .variable("f", dev.eddy.data.DataKind.DOUBLE, List.of("time"), java.util.Map.of())
                        .build(), dev.eddy.data.NetcdfFormat.NC3)) {
            for (int k = 0; k < f.length; k++) {
                w.writeFrame(k / 199.0, java.util.Map.of("f", new double[] {f[k]}));
            }
        }
        CliRunner r = CliRunner.run("hippo", "project", "--measure", "legs", "--order", "16",
                "--discretization", "zoh", "--input", nc.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        double maxError = Double.parseDouble(r.out().replaceAll(".*\"max_error\": ([^}]+)}.*", "$1").strip());
        assertTrue(maxError < 1e-2, "max_error " + maxError);
    }

    @Test
    void ptdJson() {
        CliRunner r = CliRunner.run("hippo", "ptd", "--order", "16", "--perturbation", "lowrank", "--alpha", "0.1",
                "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("eigenvalues", "condition_number", "transfer_error"), topLevelKeys(r.out()));
        CliRunner random = CliRunner.run("hippo", "ptd", "--order", "8", "--perturbation", "random", "--relative",
                "0.01", "--seed", "3", "--unstable", "clamp");
        assertEquals(0, random.exitCode(), random.err());
        assertTrue(random.out().contains("condition number"), random.out());
    }

    @Test
    void badOrderMeasureStepAndInputAreOneLineErrors() throws IOException {
        assertOneLineError(CliRunner.run("hippo", "transition", "--measure", "legs", "--order", "0"), "--order");
        assertOneLineError(CliRunner.run("hippo", "transition", "--measure", "legs", "--order", "-3"), "--order");
        assertOneLineError(CliRunner.run("hippo", "transition", "--measure", "legx", "--order", "4"),
                "unknown measure");
        assertOneLineError(CliRunner.run("hippo", "transition", "--measure", "legs", "--order", "4",
                "--discretization", "zoh", "--dt", "0"), "--dt");
        assertOneLineError(CliRunner.run("hippo", "transition", "--measure", "legs", "--order", "4",
                "--discretization", "zoh", "--dt", "-1"), "--dt");
        assertOneLineError(CliRunner.run("hippo", "s4d-kernel", "--init", "lin", "--state-size", "0", "--length", "4",
                "--dt", "0.1", "--discretization", "zoh"), "--state-size");
        assertOneLineError(CliRunner.run("hippo", "s4d-kernel", "--init", "lin", "--state-size", "4", "--length", "4",
                "--dt", "NaN", "--discretization", "zoh"), "--dt");
        assertOneLineError(CliRunner.run("hippo", "ptd", "--order", "0", "--perturbation", "zero"), "--order");
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "1.0\n2.0\nNaN\n3.0\n");
        assertOneLineError(CliRunner.run("hippo", "project", "--measure", "legs", "--order", "4",
                "--discretization", "bilinear", "--input", csv.toString()), "non-finite");
        Files.writeString(csv, "1.0\nInfinity\n");
        assertOneLineError(CliRunner.run("hippo", "project", "--measure", "lagt", "--order", "4",
                "--discretization", "bilinear", "--input", csv.toString()), "non-finite");
        assertOneLineError(CliRunner.run("hippo", "project", "--measure", "legs", "--order", "4",
                "--discretization", "bilinear", "--input", dir.resolve("missing.csv").toString()), "not found");
        assertOneLineError(CliRunner.run("hippo", "transition", "--measure", "legs", "--order", "4",
                "--discretization", "rk4", "--dt", "0.1"), "unknown discretization");
    }

    @ParameterizedTest
    @ValueSource(strings = {"reject"})
    void unstablePtdIsRejectedWithOneLine(String policy) throws IOException {
        Path e = dir.resolve("e.csv");
        Files.writeString(e, "2.5,0,0,0\n0,2.5,0,0\n0,0,2.5,0\n0,0,0,2.5\n");
        assertOneLineError(CliRunner.run("hippo", "ptd", "--order", "4", "--perturbation", "file", "--file",
                e.toString(), "--unstable", policy), "Re >= 0");
    }
}
