import type { Detection } from '../formats/crowdstrike.js';

type Platform = 'Windows' | 'Mac';

/**
 * Malware from a lure or a drive-by, as Falcon's machine-learning detection names it. When the
 * sensor's prevention policy stops it, the file is quarantined; when it does not (prevention off
 * or too permissive on that host), the detection is raised after the payload ran.
 */
export function malwareDetection(
  platform: Platform,
  prevented: boolean,
  filename: string,
): Detection {
  const windows = platform === 'Windows';
  return {
    name: prevented ? 'MaliciousDocument' : 'InfostealerMalware',
    description: prevented
      ? 'A file written to disk matched known malware and was quarantined before it ran.'
      : 'A file classified as malware (information stealer) ran and reached out to its server.',
    severity: prevented ? 70 : 95,
    tactic: 'Machine Learning',
    tacticId: 'CSTA0004',
    technique: prevented ? 'Sensor-based ML' : 'Cloud-based ML',
    techniqueId: prevented ? 'CST0007' : 'CST0008',
    objective: 'Falcon Detection Method',
    filename,
    filepath: windows
      ? `\\Device\\HarddiskVolume3\\Users\\Public\\Downloads\\${filename}`
      : `/Users/Shared/Downloads/${filename}`,
    cmdline: windows
      ? `"C:\\Windows\\System32\\cmd.exe" /c start ${filename}`
      : `/usr/bin/open /Users/Shared/Downloads/${filename}`,
    prevented,
  };
}

export const PUP_DETECTION: Detection = {
  name: 'Adware/PUP',
  description: 'A potentially unwanted program (bundled browser toolbar) was installed.',
  severity: 30,
  tactic: 'Machine Learning',
  tacticId: 'CSTA0004',
  technique: 'Adware/PUP',
  techniqueId: 'CST0000',
  objective: 'Falcon Detection Method',
  filename: 'FreePDFConverterSetup.exe',
  filepath: '\\Device\\HarddiskVolume3\\Users\\Public\\Downloads\\FreePDFConverterSetup.exe',
  cmdline: '"FreePDFConverterSetup.exe" /silent',
  prevented: true,
};

export const SCRIPT_DETECTION: Detection = {
  name: 'SuspiciousPowerShell',
  description: 'PowerShell ran an obfuscated, encoded command downloaded by a user.',
  severity: 50,
  tactic: 'Execution',
  tacticId: 'TA0002',
  technique: 'PowerShell',
  techniqueId: 'T1059.001',
  objective: 'Follow Through',
  filename: 'powershell.exe',
  filepath: '\\Device\\HarddiskVolume3\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
  cmdline:
    'powershell.exe -NoProfile -ExecutionPolicy Bypass -EncodedCommand SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQA',
  prevented: true,
};

export const TAMPER_DETECTION: Detection = {
  name: 'SensorTamperingAttempt',
  description:
    'A user with local administrator rights tried to stop or uninstall the Falcon sensor.',
  severity: 70,
  tactic: 'Defense Evasion',
  tacticId: 'TA0005',
  technique: 'Disable or Modify Tools',
  techniqueId: 'T1562.001',
  objective: 'Keep Access',
  filename: 'sc.exe',
  filepath: '\\Device\\HarddiskVolume3\\Windows\\System32\\sc.exe',
  cmdline: 'sc.exe stop CSAgent',
  prevented: true,
};
