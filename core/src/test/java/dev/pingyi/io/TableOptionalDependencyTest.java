package dev.pingyi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each format needs only its own library: with fastexcel absent, CSV is read and written; with
 * FastCSV absent, {@code .xlsx} is; and the format whose library is missing says which dependency
 * to add. Pingyi's classes are loaded afresh in a class loader that
 * cannot see the other library, as an application that declares only one would run.
 */
class TableOptionalDependencyTest {

  private static final byte[] CSV =
      "\uFEFF项目名称,所属县区,项目类别,开工状态\r\n".getBytes(StandardCharsets.UTF_8);

  /** A loader of Pingyi, Guava and the libraries, hiding the packages given. */
  private static URLClassLoader without(String hiddenPackage) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(ProjectTableReader.class.getProtectionDomain().getCodeSource().getLocation());
    for (String resource : new String[] {
        "com/google/common/collect/ImmutableList.class",
        "com/google/common/util/concurrent/internal/InternalFutureFailureAccess.class",
        "de/siegmar/fastcsv/reader/CsvReader.class",
        "org/dhatim/fastexcel/Workbook.class",
        "org/dhatim/fastexcel/reader/ReadableWorkbook.class",
        "com/github/rzymek/opczip/Zip64Impl.class",
        "com/fasterxml/aalto/AaltoInputProperties.class",
        "org/codehaus/stax2/AttributeInfo.class",
        "org/apache/commons/compress/archivers/zip/ZipFile.class",
        "org/apache/commons/codec/BinaryDecoder.class",
        "org/apache/commons/io/IOUtils.class",
        "org/apache/commons/lang3/StringUtils.class"}) {
      urls.add(jarOf(resource));
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(hiddenPackage)) {
          throw new ClassNotFoundException(name + " is hidden");
        }
        return super.loadClass(name, resolve);
      }
    };
  }

  /** The jar that holds the resource on the test class path. */
  private static URL jarOf(String resource) throws Exception {
    URL url = TableOptionalDependencyTest.class.getClassLoader().getResource(resource);
    assertThat(url).as(resource).isNotNull();
    String text = url.toString();
    return new URL(text.substring("jar:".length(), text.indexOf("!/")));
  }

  /** A reader of projects made in the loader, with an empty county lookup. */
  private static Object projectReader(ClassLoader loader) throws Exception {
    Class<?> lookup = loader.loadClass("dev.pingyi.io.CountyLookup");
    Object counties = lookup.getMethod("of", List.class).invoke(null, List.of());
    Class<?> reader = loader.loadClass("dev.pingyi.io.ProjectTableReader");
    Object builder = reader.getMethod("builder", lookup).invoke(null, counties);
    builder.getClass().getMethod("planYear", int.class).invoke(builder, 2022);
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static Object emptyTable(ClassLoader loader) throws Exception {
    return loader.loadClass("dev.pingyi.io.TableWriter").getMethod("projects", java.util.Collection.class)
        .invoke(null, List.of());
  }

  private static Object call(Object target, String method, Class<?> type, Object arg) throws Throwable {
    Method m = target.getClass().getMethod(method, type, String.class);
    try {
      return m.invoke(target, arg, "test");
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void write(Object table, String method, OutputStream out) throws Throwable {
    try {
      table.getClass().getMethod(method, OutputStream.class).invoke(table, out);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void csvNeedsNoFastexcel() throws Throwable {
    try (URLClassLoader loader = without("org.dhatim.")) {
      Object reader = projectReader(loader);
      Object result = call(reader, "readCsv", InputStream.class, new ByteArrayInputStream(CSV));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      write(emptyTable(loader), "writeCsv", out);

      assertThat(result.getClass().getClassLoader()).isSameAs(loader);
      assertThat(result.toString()).contains("headerRow=1");
      assertThat(out.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
      ByteArrayOutputStream workbook = new ByteArrayOutputStream();
      TableWriter.projects(List.of()).writeXlsx(workbook);
      assertThatThrownBy(() -> call(reader, "readXlsx", InputStream.class, new ByteArrayInputStream(workbook.toByteArray())))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Reading .xlsx needs the optional dependency org.dhatim:fastexcel-reader (0.19.0)");
      assertThatThrownBy(() -> write(emptyTable(loader), "writeXlsx", new ByteArrayOutputStream()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Writing .xlsx needs the optional dependency org.dhatim:fastexcel (0.19.0)");
    }
  }

  @Test
  void xlsxNeedsNoFastCsv() throws Throwable {
    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    TableWriter.projects(List.of()).writeXlsx(workbook);
    try (URLClassLoader loader = without("de.siegmar.")) {
      Object reader = projectReader(loader);
      Object result = call(reader, "readXlsx", InputStream.class, new ByteArrayInputStream(workbook.toByteArray()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      write(emptyTable(loader), "writeXlsx", out);

      assertThat(result.toString()).contains("headerRow=1", "sheet=项目");
      assertThat(out.size()).isGreaterThan(0);
      assertThatThrownBy(() -> call(reader, "readCsv", InputStream.class, new ByteArrayInputStream(CSV)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Reading CSV needs the optional dependency de.siegmar:fastcsv (4.1.0)");
      assertThatThrownBy(() -> write(emptyTable(loader), "writeCsv", new ByteArrayOutputStream()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("Writing CSV needs the optional dependency de.siegmar:fastcsv (4.1.0)");
    }
  }
}
