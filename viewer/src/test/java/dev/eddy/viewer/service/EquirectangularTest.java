package dev.eddy.viewer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EquirectangularTest {

    @Test
    void mapsLongitudeAndLatitudeLinearly() {
        Equirectangular p = new Equirectangular(360, 180, -180);
        assertEquals(180, p.x(0), 1e-12);
        assertEquals(120, p.x(-60), 1e-12);
        assertEquals(120, p.x(300), 1e-12, "300°E = 60°W");
        assertEquals(15, p.y(75), 1e-12);
        assertEquals(-60, p.lon(120), 1e-12);
        assertEquals(75, p.lat(15), 1e-12);
    }

    @Test
    void resamplesUnevenLatitudesToTheirPlace() {
        Equirectangular p = new Equirectangular(36, 18, -180);
        double[] lat = {80, 30, -50};
        double[] lon = {0, 120, 240};
        double[] v = {1, 1, 1, 0.5, 0.5, 0.5, 0, 0, 0};
        Field2D f = new Field2D("z", "m", lon, lat, "lon", "lat", v);
        Colormap grey = Colormaps.grey();
        Raster r = p.render(f, new ColorLimits(0, 1), grey);
        assertEquals(grey.argb(1), r.pixel(0, 0), "north pole row takes 80°N");
        assertEquals(grey.argb(0.5), r.pixel(0, p.height() / 2 - 1), "just north of the equator is nearest 30°N");
        assertEquals(grey.argb(0), r.pixel(0, 16), "75°S is nearest 50°S");
    }
}
