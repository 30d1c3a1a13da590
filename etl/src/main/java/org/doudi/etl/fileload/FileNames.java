package org.doudi.etl.fileload;

/** The name a file is shown and recorded under: what the person called it, without any folder. */
public final class FileNames {

  private FileNames() {}

  /**
   * Returns the last part of a name a browser or a command gave (either slash, any depth), never
   * empty: {@code ../../evil 信访 台账.csv} becomes {@code evil 信访 台账.csv}.
   */
  public static String shown(String given) {
    if (given == null) {
      return "上传的文件";
    }
    String name = given.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    return name.isEmpty() || name.equals(".") || name.equals("..") ? "上传的文件" : name;
  }
}
